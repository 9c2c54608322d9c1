import 'hds-design-tokens/lib/all.min.css'
import 'hds-core/lib/base.min.css'
import 'hds-core/lib/components/all.min.css'
import './app.css'
import { createApp } from 'vue'
import urql from '@urql/vue'
import App from './App.vue'
import { createApiClient } from './api/client'
import { createAppI18n } from './i18n/createAppI18n'
import { createAppRouter } from './router'

createApp(App).use(createAppI18n()).use(createAppRouter()).use(urql, createApiClient()).mount('#app')
