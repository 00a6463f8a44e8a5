# WPFC NGINX CONFIGURATION
server {


    server_name shop.example.com www.shop.example.com;

    access_log /var/log/nginx/shop.example.com.access.log rt_cache;
    error_log /var/log/nginx/shop.example.com.error.log;


    root /var/www/shop.example.com/htdocs;

    index index.php index.html index.htm;


    include common/wpfc-php81.conf;
    include common/wpcommon-php81.conf;
    include common/locations-wo.conf;
    include /var/www/shop.example.com/conf/nginx/*.conf;

}
