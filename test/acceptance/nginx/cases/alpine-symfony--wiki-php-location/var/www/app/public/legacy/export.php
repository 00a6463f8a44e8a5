<?php // placeholder: legacy partner CSV export
