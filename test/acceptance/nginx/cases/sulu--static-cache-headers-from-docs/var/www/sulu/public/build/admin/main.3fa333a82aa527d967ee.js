console.log("sulu admin");
