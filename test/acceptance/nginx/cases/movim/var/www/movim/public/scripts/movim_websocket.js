console.log("ws");
