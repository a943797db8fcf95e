console.log('defanged');
