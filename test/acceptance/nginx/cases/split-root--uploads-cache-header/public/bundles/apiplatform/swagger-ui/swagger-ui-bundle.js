/* swagger-ui bundle (assets:install copy) */
