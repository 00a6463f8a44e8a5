<?php // placeholder for SilverStripe\Control\Director
