<?php
// PayPal Standard module
