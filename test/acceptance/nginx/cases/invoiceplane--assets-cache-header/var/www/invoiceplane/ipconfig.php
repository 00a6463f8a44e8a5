# <?php exit('No direct script access allowed'); ?>
# InvoicePlane Configuration File

IP_URL=https://invoices.example.com
ENABLE_DEBUG=false
CI_ENV=production
X_FRAME_OPTIONS=SAMEORIGIN
ENABLE_X_CONTENT_TYPE_OPTIONS=true
DISABLE_SETUP=true
REMOVE_INDEXPHP=true

DB_HOSTNAME=localhost
DB_USERNAME=invoiceplane
DB_PASSWORD=Wq7tRk29Lp4xHz81Nc6v
DB_DATABASE=invoiceplane
DB_PORT=3306

ENCRYPTION_KEY=base64:3mN8v2Qk7Rz1Lx5Tb9Wc4Hj6Pd0Fs8Ya2Ue7Ki3Oq1M=
ENCRYPTION_CIPHER=AES-256
SETUP_COMPLETED=true
