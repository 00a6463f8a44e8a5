/* placeholder: EspoCRM front-end bundle */
