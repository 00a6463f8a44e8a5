<?php
// osTicket 1.18 placeholder: kb/faq.php
