console.log('castopod');
