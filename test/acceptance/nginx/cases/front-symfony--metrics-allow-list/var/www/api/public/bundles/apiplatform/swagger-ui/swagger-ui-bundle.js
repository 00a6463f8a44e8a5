/* swagger-ui */
