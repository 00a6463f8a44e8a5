<?php
// PayPal gateway module
