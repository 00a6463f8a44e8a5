console.log('koel');
