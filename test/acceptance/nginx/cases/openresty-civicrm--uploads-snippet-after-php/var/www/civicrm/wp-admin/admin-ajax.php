<?php // placeholder: wp-admin/admin-ajax.php
