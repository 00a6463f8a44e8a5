<?php
// salt and server of the BigBlueButton plugin
