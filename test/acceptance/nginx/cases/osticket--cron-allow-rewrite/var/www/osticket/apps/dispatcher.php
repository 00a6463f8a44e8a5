<?php
// osTicket 1.18 placeholder: apps/dispatcher.php
