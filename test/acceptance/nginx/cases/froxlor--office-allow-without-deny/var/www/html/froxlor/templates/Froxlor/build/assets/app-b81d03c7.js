console.log('froxlor');
