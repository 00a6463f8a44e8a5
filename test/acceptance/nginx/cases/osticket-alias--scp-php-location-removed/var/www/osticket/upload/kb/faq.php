<?php
// stand-in for osTicket kb/faq.php
