self.addEventListener("push", () => {});
