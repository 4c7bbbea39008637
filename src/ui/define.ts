// Registers every cookie-seal element at once, for ESM users who render the
// elements themselves. The UI chunk does not use it: it loads the preference
// center and the popover only when they are needed.
import '../components/banner/define.js';
import '../components/preferences/define.js';
import '../components/popover/define.js';
import '../components/menu/define.js';
import '../components/placeholder/define.js';
import '../components/embed/define.js';

export { SealBanner } from '../components/banner/banner.js';
export { SealPreferences } from '../components/preferences/preferences.js';
export { SealPopover } from '../components/popover/popover.js';
export { SealMenu } from '../components/menu/menu.js';
export { SealPlaceholder } from '../components/placeholder/placeholder.js';
export { SealEmbed } from '../components/embed/embed.js';
