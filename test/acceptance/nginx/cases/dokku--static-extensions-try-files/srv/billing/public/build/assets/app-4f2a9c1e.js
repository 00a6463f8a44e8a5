console.log("billing");
