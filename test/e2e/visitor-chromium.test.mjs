// The visitor flows of visitor/scenarios.mjs in chromium.
import { visitorFlows } from './visitor/scenarios.mjs';

visitorFlows('chromium');
