console.log("filegator");
