// vite config placeholder
