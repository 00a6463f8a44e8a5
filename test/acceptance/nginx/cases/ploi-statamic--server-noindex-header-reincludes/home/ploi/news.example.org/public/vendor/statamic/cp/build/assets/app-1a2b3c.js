console.log("cp");
