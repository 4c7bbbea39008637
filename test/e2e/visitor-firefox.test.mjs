// The visitor flows of visitor/scenarios.mjs in firefox.
import { visitorFlows } from './visitor/scenarios.mjs';

visitorFlows('firefox');
