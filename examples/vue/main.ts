import { createApp } from 'vue';
import { start } from 'cookie-seal';
import App from './App.vue';

// Start before mounting: the banner shows at once, and useConsent() reads a known state.
start({ policyUrl: '/privacy.html' });
createApp(App).mount('#app');
