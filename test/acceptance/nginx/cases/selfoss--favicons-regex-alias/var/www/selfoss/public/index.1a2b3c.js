console.log("stand-in bundle");
