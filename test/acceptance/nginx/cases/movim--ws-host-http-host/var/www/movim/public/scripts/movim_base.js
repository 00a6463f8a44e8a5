console.log("movim");
