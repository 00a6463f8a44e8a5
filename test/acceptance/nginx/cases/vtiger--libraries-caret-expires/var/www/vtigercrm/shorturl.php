<?php
// email tracking / short URLs
