self.addEventListener("fetch", function () {});
