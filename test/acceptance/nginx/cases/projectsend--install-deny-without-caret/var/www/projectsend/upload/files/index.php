<?php
// keeps the folder from being browsed: back to the login page
