import { defineConfig } from 'vite';
