import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// In development the API runs on :4000 (npm start serves the built app and the API on one port).
export default defineConfig({
  plugins: [vue()],
  server: { proxy: { '/graphql': 'http://localhost:4000', '/calendar': 'http://localhost:4000' } },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 300,
    // Libraries in one chunk of their own, cached across releases of the app's code; the QR drawer and
    // the form checks (zod) stay with the pages that use them.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'vendor', test: /^(?!.*[\\/](uqr|zod)[\\/]).*node_modules/ }] } } },
  },
})
