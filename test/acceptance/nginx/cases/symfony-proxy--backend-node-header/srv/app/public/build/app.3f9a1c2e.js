/* built by Encore (stand-in) */ document.documentElement.classList.add("js");
