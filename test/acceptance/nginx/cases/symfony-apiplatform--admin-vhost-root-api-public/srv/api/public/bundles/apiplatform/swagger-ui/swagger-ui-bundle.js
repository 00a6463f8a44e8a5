/* stand-in for the Swagger UI bundle installed by assets:install */
