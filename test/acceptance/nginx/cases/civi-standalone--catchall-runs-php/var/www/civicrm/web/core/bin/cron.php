<?php
// scheduled jobs over HTTP
