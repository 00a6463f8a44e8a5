window.app = {};
