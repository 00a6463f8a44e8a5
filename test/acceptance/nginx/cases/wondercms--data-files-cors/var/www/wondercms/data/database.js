{
    "config": {
        "dbVersion": "3.6.0",
        "siteTitle": "Harbour Rowing Club",
        "theme": "sky",
        "defaultPage": "home",
        "login": "c0e510a87a22",
        "forceLogout": false,
        "forceHttps": true,
        "saveChangesPopup": false,
        "password": "$2y$10$jx\/5Ef\/8ohlXZRs7c8oeL.lIrilT3gEne.bOD17nzOJlqukL6.8bm",
        "lastLogins": {},
        "lastModulesSync": "2026\/11\/30",
        "customModules": {"themes": {}, "plugins": {}},
        "menuItems": {
            "0": {"name": "Home", "slug": "home", "visibility": "show", "subpages": {}},
            "1": {"name": "Training", "slug": "training", "visibility": "show", "subpages": {}}
        },
        "privatePages": ["board-minutes"]
    },
    "pages": {
        "404": {"title": "404", "content": "<h1>Page not found.<\/h1>"},
        "home": {"title": "Home", "content": "<h1>Welcome aboard<\/h1>"},
        "training": {"title": "Training", "content": "<p>Tuesdays and Saturdays.<\/p>"},
        "board-minutes": {"title": "Board minutes", "content": "<p>Draft, members only.<\/p>"}
    },
    "blocks": {
        "subside": {"content": "<p>Boathouse, Quay Street.<\/p>"},
        "footer": {"content": "&copy;2026 Harbour Rowing Club"}
    }
}
