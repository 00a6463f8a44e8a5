console.log("payments module");
