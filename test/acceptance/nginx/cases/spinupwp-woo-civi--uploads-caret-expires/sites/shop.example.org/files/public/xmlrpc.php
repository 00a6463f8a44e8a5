<?php
// WordPress xmlrpc
