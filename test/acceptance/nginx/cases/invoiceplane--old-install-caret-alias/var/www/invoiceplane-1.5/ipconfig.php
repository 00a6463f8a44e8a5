# <?php exit('No direct script access allowed'); ?>
IP_URL=https://invoices.example.com/ip15
DB_HOSTNAME=localhost
DB_USERNAME=invoiceplane15
DB_PASSWORD=Jd83kQm2Zx7pLr5Tv0Wn
DB_DATABASE=invoiceplane15
