// placeholder built script
console.log("shop");
