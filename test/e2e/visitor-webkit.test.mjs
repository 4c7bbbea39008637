// The visitor flows of visitor/scenarios.mjs in webkit.
import { visitorFlows } from './visitor/scenarios.mjs';

visitorFlows('webkit');
