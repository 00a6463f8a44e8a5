<?php // stand-in: QR scan page
