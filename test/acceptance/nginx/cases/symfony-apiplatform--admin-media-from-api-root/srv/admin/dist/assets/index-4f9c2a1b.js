// stand-in for the Vite bundle of the admin
console.log("admin");
