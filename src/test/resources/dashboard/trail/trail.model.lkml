# A small CloudTrail project for the dashboard runner's tests.
connection: "lake"
include: "*.view"
include: "*.dashboard"

explore: events {}
