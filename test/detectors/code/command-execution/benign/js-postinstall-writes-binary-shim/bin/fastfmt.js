console.error('fastfmt: run npm rebuild fastfmt');
