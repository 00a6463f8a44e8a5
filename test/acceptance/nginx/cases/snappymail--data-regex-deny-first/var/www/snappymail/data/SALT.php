<?php //0c4f5b8e2a91d7f36e0b4a8c5d2e9f1a
