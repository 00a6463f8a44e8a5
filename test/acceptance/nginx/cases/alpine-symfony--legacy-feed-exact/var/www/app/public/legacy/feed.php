<?php // placeholder: legacy partner price feed
